export { Engine, type NodeSpec, type RunResult } from './engine';
export { loadPackage, PACKAGE_ROOT, PACKAGE_NAME } from './package';
export { startMock, MockClient } from './mock';
export { TriggerHarness, type ActiveTrigger } from './triggers';
export { builtInNodeTypes } from './base-nodes';
export { pollingTrigger, type PollingTrigger } from './poll';
export { eventually } from './eventually';
export { readWorkflow, nodeSpecs, type WorkflowJson } from './workflow-json';
export { providerWorld, callPicker, type ProviderWorld, type ProviderWorldSpec } from './world';
