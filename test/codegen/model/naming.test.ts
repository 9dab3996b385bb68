import { describe, expect, it } from 'vitest';
import { methodNameWithinTag, singulars, splitWords, toIdentifier } from '../../../codegen/src/model/naming.js';

describe('splitWords', () => {
  it.each([
    ['listOpenRequests', ['list', 'open', 'requests']],
    ['repos/get-content', ['repos', 'get', 'content']],
    ['HTTPError_2', ['http', 'error', '2']],
    ['X-Xurrent-Account', ['x', 'xurrent', 'account']],
    ['', []],
  ])('%s', (input, words) => {
    expect(splitWords(input)).toEqual(words);
  });
});

describe('toIdentifier', () => {
  it.each([
    ['repos/get-content', 'reposGetContent'],
    ['code-scanning', 'codeScanning'],
    ['import', 'import'],
    ['delete', 'delete'],
    ['__proto__', 'proto'],
    ['constructor', 'constructor_'],
    ['2fa/enable', '_2faEnable'],
    ['$$$', 'fallback'],
  ])('%s → %s', (input, expected) => {
    expect(toIdentifier(input, 'fallback')).toBe(expected);
  });
});

describe('singulars', () => {
  it.each([
    ['requests', ['request']],
    ['people', ['person']],
    ['categories', ['category', 'categorie']],
    ['addresses', ['addresse', 'address']],
    ['expenses', ['expense', 'expens']],
    ['class', []],
  ])('%s → %j', (input, expected) => {
    expect(singulars(input)).toEqual(expected);
  });
});

describe('methodNameWithinTag', () => {
  it.each([
    ['listRequests', 'requests', 'list'],
    ['getRequest', 'requests', 'get'],
    ['listRequestNotes', 'requests', 'listNotes'],
    ['listOpenRequests', 'requests', 'listOpen'],
    ['importProfile', 'profiles', 'import'],
    ['repos/get-content', 'repos', 'getContent'],
    ['listTeamMembers', 'teams', 'listMembers'],
    ['getPerson', 'people', 'get'],
    ['getServiceInstance', 'serviceInstances', 'get'],
    ['getMe', 'me', 'get'],
    ['requests', 'requests', 'requests'],
    ['hitEvent', 'events', 'hit'],
    ['createExpense', 'expenses', 'create'],
    ['getAddress', 'addresses', 'get'],
    ['listCategories', 'categories', 'list'],
  ])('%s under %s → %s', (operationId, tag, expected) => {
    expect(methodNameWithinTag(operationId, tag)).toBe(expected);
  });
});
