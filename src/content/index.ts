/** Content script entry: runs in every frame of http(s) pages at document_idle. */
import { BUILD } from '../shared/build-config.ts';
import { isOwnServiceOrigin } from '../shared/own-service.ts';
import { startPageGuard } from './page-guard.ts';

if (!isOwnServiceOrigin(location.origin, BUILD.serviceUrl)) startPageGuard(window);
