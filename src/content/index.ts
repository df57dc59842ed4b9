/** Content script entry: runs in every frame of http(s) pages at document_idle. */
import { startPageGuard } from './page-guard.ts';

startPageGuard(window);
