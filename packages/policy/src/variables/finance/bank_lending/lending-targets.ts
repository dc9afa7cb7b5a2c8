/**
 * Where the encoded lending targets stop. From 2015 the CBRC replaced the "两个不低于" of 银监发〔2011〕94号 by
 * the "三个不低于" (growth, number of borrowers, approval rate: 银监发〔2015〕8号, known from news reports only),
 * and from 2018 by "两增两控"; neither document was read, so the check of a period from 2015-01-01 is not
 * encoded rather than judged by the old targets.
 */
export const LENDING_TARGETS_END_NOTE =
  'not encoded after 2014-12-31: from 2015 the targets are the "三个不低于" of 银监发〔2015〕8号 and from 2018 "两增两控", whose texts were not read';
