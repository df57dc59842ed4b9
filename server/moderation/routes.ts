/**
 * The moderation pages under /moderate, registered as one encapsulated Fastify plugin: the form-body parser,
 * the security headers and the 404 page apply here and nowhere else in the service. Each route is thin —
 * check the session (and for forms the CSRF token), call one function, render or redirect.
 */
import type { SecretBox } from './accounts/secret-box.ts';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../store/db.ts';
import type { PublishControl } from '../publish/publish-control.ts';
import { DEFAULT_THROTTLE, type ThrottleLimits } from './accounts/login-throttle.ts';
import { loadStaticOfficialNumbers, type StaticOfficialNumbers } from './official-numbers.ts';
import { registerAssetRoutes } from './routes-assets.ts';
import { registerAuthRoutes } from './routes-auth.ts';
import { registerDecisionRoutes } from './routes-decide.ts';
import { registerPublishRoutes } from './routes-publish.ts';
import { registerReviewRoutes } from './routes-review.ts';
import { t } from './messages.ts';
import { errorPage } from './pages/error-page.ts';
import { setPageErrorHandler } from './web/error-handler.ts';
import { addFormParser } from './web/form-body.ts';
import { setSecurityHeaders } from './web/security-headers.ts';
import { PasswordSlots } from './accounts/password-slots.ts';
import { sendPage } from './web/send-page.ts';

export interface ModerationSettings {
  /** Absolute session lifetime: a session ends this long after login, however active. */
  readonly sessionHours: number;
  readonly throttle: ThrottleLimits;
  /** Password checks running at once, across all accounts and clients (password-slots.ts). */
  readonly concurrentPasswordChecks: number;
}

export const DEFAULT_MODERATION_SETTINGS: ModerationSettings = { sessionHours: 12, throttle: DEFAULT_THROTTLE, concurrentPasswordChecks: 4 };

export interface ModerationDeps {
  readonly db: Db;
  readonly now: () => Date;
  readonly randomBytes: (n: number) => Uint8Array;
  /** Keyed hash of a client address (never stored raw): login throttling per client. */
  readonly pseudonymise: (clientAddress: string) => Promise<string>;
  readonly publish: PublishControl;
  /** Seals and opens admins' TOTP secrets (accounts/secret-box.ts). */
  readonly secrets: SecretBox;
  readonly settings?: ModerationSettings;
  /** The allow list and official channels; read from lists/allow.csv when not given. */
  readonly staticOfficial?: StaticOfficialNumbers;
}

/** What every route module receives: the deps with the defaults filled in. */
export interface RouteDeps extends Required<Omit<ModerationDeps, 'settings' | 'staticOfficial'>> {
  readonly settings: ModerationSettings;
  readonly passwordSlots: PasswordSlots;
  readonly staticOfficial: StaticOfficialNumbers;
}

/** Synchronous like the service's other route groups: the plugin loads when the app is made ready. */
export function registerModeration(app: FastifyInstance, deps: ModerationDeps): void {
  const full: RouteDeps = {
    ...deps,
    settings: deps.settings ?? DEFAULT_MODERATION_SETTINGS,
    staticOfficial: deps.staticOfficial ?? loadStaticOfficialNumbers(),
    passwordSlots: new PasswordSlots((deps.settings ?? DEFAULT_MODERATION_SETTINGS).concurrentPasswordChecks),
  };
  void app.register(async (scope) => {
    // Forms only: any other body (JSON, text) is refused with 415 before a handler runs.
    scope.removeAllContentTypeParsers();
    addFormParser(scope);
    setPageErrorHandler(scope);
    scope.addHook('onSend', async (_request, reply, payload) => {
      setSecurityHeaders(reply);
      return payload;
    });
    registerAuthRoutes(scope, full);
    registerReviewRoutes(scope, full);
    registerDecisionRoutes(scope, full);
    registerPublishRoutes(scope, full);
    registerAssetRoutes(scope, full);
    // Unknown paths under /moderate/ get the pages' 404 with these headers, not the API's JSON without a CSP.
    // Fastify takes a not-found handler only from a plugin with a prefix, hence the nested one.
    void scope.register(async (pages) => {
      pages.setNotFoundHandler(async (_request, reply) => sendPage(reply, 404, errorPage('en', t('en', 'notFound'))));
    }, { prefix: '/moderate' });
  });
}
