/**
 * Compile-time checks of the message protocol: `npm run typecheck` covers this file (tsconfig.node.json takes
 * test/**), so each `@ts-expect-error` below that stops being an error fails CI. The calls sit in functions
 * that are never run: nothing is sent, only compiled.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { ExtensionPageHandlers } from '../../../src/background/message-router.ts';
import type { ActionError } from '../../../src/shared/action-error-text.ts';
import type { BackgroundPush, ExtensionPageReply, ExtensionPageRequest, ReportQueueView, SendReportReply } from '../../../src/shared/messages.ts';
import type * as Sender from '../../../src/shared/send-to-background.ts';
import type { UserLists } from '../../../src/shared/storage/user-lists.ts';
import { validPush } from '../../../src/shared/validate-message.ts';
import type { SettingsView, TabStateView } from '../../../src/shared/views.ts';

// Only its type: the module loads the extension API, which does not exist under Vitest.
declare const send: typeof Sender.send;

describe('send to the background', () => {
  it('infers each reply from the request’s type, with no type parameter from the caller', () => {
    expectTypeOf<typeof send<'get-settings'>>().returns.resolves.toEqualTypeOf<SettingsView>();
    expectTypeOf<typeof send<'get-tab-state'>>().returns.resolves.toEqualTypeOf<TabStateView>();
    expectTypeOf<typeof send<'send-report'>>().returns.resolves.toEqualTypeOf<SendReportReply | ActionError>();
    expectTypeOf<typeof send<'retry-reports'>>().returns.resolves.toEqualTypeOf<ReportQueueView>();
    expectTypeOf<ExtensionPageReply<'change-user-lists'>>().toEqualTypeOf<UserLists>();
  });

  it('accepts exactly the requests of ExtensionPageRequests', () => {
    expectTypeOf<typeof send>().parameter(0).toExtend<ExtensionPageRequest>();
    expectTypeOf<{ type: 'get-tab-state'; tabId: number }>().toExtend<ExtensionPageRequest>();
    expectTypeOf<{ type: 'get-tab-state' }>().not.toExtend<ExtensionPageRequest>();
    expectTypeOf<{ type: 'scan' }>().not.toExtend<ExtensionPageRequest>();
  });

  it('refuses a wrong shape at compile time', () => {
    const neverRun = async (): Promise<void> => {
      // @ts-expect-error: no such request
      await send({ type: 'get-setting' });
      // @ts-expect-error: a content script's request, not a page's
      await send({ type: 'banner-action', action: 'leave' });
      // @ts-expect-error: get-tab-state names its tab
      await send({ type: 'get-tab-state' });
      // @ts-expect-error: a tab id is a number
      await send({ type: 'get-tab-state', tabId: '9' });
      // @ts-expect-error: a field the request does not have
      await send({ type: 'get-settings', reset: true });
      // @ts-expect-error: not a change the lists know
      await send({ type: 'change-user-lists', change: { op: 'trust-everything' } });
      // @ts-expect-error: the reply is the settings view, not the tab's state
      const state: TabStateView = await send({ type: 'get-settings' });
      // @ts-expect-error: the caller cannot choose the reply type
      await send<'get-settings'>({ type: 'get-tab-state', tabId: 1 });
      const sent = await send({ type: 'send-report', id: 'x' });
      // @ts-expect-error: the reply may be an error; it must be told apart before use
      void sent.delivery;
      if (!('error' in sent)) expectTypeOf(sent.delivery).toEqualTypeOf<'sent' | 'queued' | 'failed' | 'local'>();
      void state;
    };
    expectTypeOf(neverRun).toBeFunction();
  });
});

describe('the background’s handler table', () => {
  type Handler<K extends keyof ExtensionPageHandlers> = ExtensionPageHandlers[K];

  it('ties each handler to its request and reply', () => {
    expectTypeOf<Handler<'get-settings'>>().returns.resolves.toEqualTypeOf<SettingsView>();
    expectTypeOf<Handler<'check-number'>>().parameter(0).toEqualTypeOf<{ type: 'check-number'; text: string }>();
  });

  it('refuses a wrong reply and a missing handler at compile time', () => {
    const neverRun = (table: ExtensionPageHandlers): void => {
      // @ts-expect-error: get-settings answers with the settings view, not the list status
      const wrongReply: ExtensionPageHandlers = { ...table, 'get-settings': () => table['get-list-status']({ type: 'get-list-status' }) };
      const { 'get-report-log': _missing, ...rest } = table;
      // @ts-expect-error: every request needs its handler
      const missing: ExtensionPageHandlers = rest;
      void [wrongReply, missing, _missing];
    };
    expectTypeOf(neverRun).toBeFunction();
  });
});

describe('pushes to content scripts', () => {
  it('come out of validation as BackgroundPush or nothing', () => {
    expectTypeOf(validPush).returns.toEqualTypeOf<BackgroundPush | undefined>();
  });
});
