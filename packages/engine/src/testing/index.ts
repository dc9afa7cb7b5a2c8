/** Legislation tests: the YAML runner shared by Vitest, CI and `xiaowei test`. */
export { loadYamlTests, runYamlTest, type YamlTestCase, type YamlTestResult } from './yaml-tests.ts';
