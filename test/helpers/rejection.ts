import { expect } from '@open-wc/testing';
import { MessageLoadError } from '../../src/data/errors.js';

/** What a promise rejected with; fails the test when it resolved instead. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

/** The load error a promise rejected with; fails the test when it resolved or rejected with anything else. */
export async function loadError(promise: Promise<unknown>): Promise<MessageLoadError> {
  const error = await rejection(promise);
  expect(error).to.be.instanceOf(MessageLoadError);
  return error as MessageLoadError;
}
