/**
 * Dated events are judged on their own date (ADR 0004): before a measure starts the answer is "no, not yet
 * in force on DATE", shown in the trace in every language with the event's date.
 */
import { dayNumber, explain, Period, Population, renderTrace, Simulation } from '@xiaowei/engine';
import { describe, expect, it } from 'vitest';
import { getSystem } from '../src/index.ts';

const system = getSystem();
const YEAR = Period.parse('2011');

function loanContract(signed: string): Simulation {
  const pop = new Population(system);
  pop.addEntity('enterprise', 1, ['small']);
  pop.addEntity('bank', 1, ['bank']);
  pop.addEntity('loan_contract', 1, ['c1']);
  pop.setLink('loan_contract', 'borrower', Int32Array.of(0));
  pop.setLink('loan_contract', 'lender', Int32Array.of(0));
  pop.setInput('industry', YEAR, ['retail']);
  pop.setInput('employees', YEAR, Float64Array.of(10));
  pop.setInput('revenue', YEAR, Float64Array.of(100_000_000));
  pop.setInput('signed', Period.ETERNITY, Int32Array.of(dayNumber(signed)));
  pop.setInput('loan_contract_amount', Period.ETERNITY, Float64Array.of(100_000_000));
  return new Simulation(system, pop, { trace: true });
}

describe('a loan contract judged on its signing date', () => {
  it('before 财税〔2011〕105号: not exempt, "not yet in force" with the date in three languages', () => {
    const sim = loanContract('2011-10-31');
    expect(sim.calculate('loan_contract_stamp_duty_exempt', 2011)[0]).toBe(0);
    const node = explain(sim, 'loan_contract_stamp_duty_exemption_reason', 2011, 0);
    expect(node.value).toBe('not_yet_in_force');
    expect(node.valueLabel?.en).toBe('signed 2011-10-31: the exemption was not yet in force on that day (from 2011-11-01)');
    expect(node.valueLabel?.['zh-CN']).toBe('2011-10-31签订：免征政策在该日尚未施行（自2011年11月1日起）');
    expect(node.valueLabel?.ko).toContain('2011-10-31');
    expect(renderTrace(node, 'en')).toContain('= not_yet_in_force — signed 2011-10-31: the exemption was not yet in force');
  });

  it('on its first day: exempt, the trace citing 财税〔2011〕105号', () => {
    const sim = loanContract('2011-11-01');
    const node = explain(sim, 'loan_contract_stamp_duty_exemption_reason', 2011, 0);
    expect(node.value).toBe('exempt');
    expect(renderTrace(node, 'zh-CN')).toContain('财税〔2011〕105号');
  });
});

describe('a fee judged on the day it was charged', () => {
  function fee(date: string, year: string): Simulation {
    const at = Period.parse(year);
    const pop = new Population(system);
    pop.addEntity('enterprise', 1, ['e']);
    pop.addEntity('fee_event', 1, ['f']);
    pop.setLink('fee_event', 'payer', Int32Array.of(0));
    pop.setInput('industry', at, ['retail']);
    pop.setInput('employees', at, Float64Array.of(10));
    pop.setInput('revenue', at, Float64Array.of(100_000_000));
    pop.setInput(
      'fee_event_code',
      Period.ETERNITY,
      Uint8Array.of(system.variable('fee_event_code').enumIndex?.get('customs_supervision') ?? 0),
    );
    pop.setInput('fee_event_date', Period.ETERNITY, Int32Array.of(dayNumber(date)));
    return new Simulation(system, pop, { trace: true });
  }

  it('after 财综〔2011〕104号: "ended on 2014-12-31" with the day charged, in three languages', () => {
    const node = explain(fee('2015-01-01', '2015'), 'fee_event_exemption_reason', 2015, 0);
    expect(node.value).toBe('ended');
    expect(node.valueLabel?.en).toBe('charged 2015-01-01: the exemption of 财综〔2011〕104号 ended on 2014-12-31');
    expect(node.valueLabel?.['zh-CN']).toBe('2015-01-01收取：财综〔2011〕104号的免征已于2014年12月31日结束');
    expect(node.valueLabel?.ko).toContain('2015-01-01');
  });

  it('the day before it: "not yet in force"; its first day: exempt', () => {
    expect(explain(fee('2011-12-31', '2011'), 'fee_event_exemption_reason', 2011, 0).value).toBe('not_yet_in_force');
    expect(explain(fee('2012-01-01', '2012'), 'fee_event_exemption_reason', 2012, 0).value).toBe('exempt');
  });
});
