/** Content script entry: runs in every frame of http(s) pages at document_idle. */
import { BUILD } from '../shared/build-config.ts';
import { isOwnServiceOrigin } from '../shared/own-service.ts';
import { runContentScript } from './page-life.ts';

if (!isOwnServiceOrigin(location.origin, BUILD.serviceOrigin)) runContentScript(window);
