/**
 * `npm start`: the whole product on one machine. Starts the report service on a throw-away database and key,
 * builds the extension against it, serves the demo page (an imitation of a fake helpdesk) and opens the
 * browser on it, so a newcomer can walk the loop: report the page → it appears on the moderation page → list
 * the number → the list is published → the extension syncs → the number is known on every page showing it.
 *
 *   npm start                      Chromium, in a window; prints the reviewer's login and what to do
 *   npm start -- --firefox         Firefox ESR, in a window
 *   npm start -- --headless        no window: walks the whole loop by itself and prints each step
 *
 * Without a display (no $DISPLAY or $WAYLAND_DISPLAY) it walks the loop headless and says so.
 */
import { parseArgs } from 'node:util';
import { DEMO_HOST, REVIEWER, SECOND_HOST, setUpLoop, walkLoop } from './service-loop.ts';

async function interactive(firefox: boolean): Promise<void> {
  const setup = await setUpLoop(firefox ? 'firefox' : 'chromium', (line) => console.log(line));
  const browser = await setup.launch({ headless: false });
  await browser.openTab(`http://${DEMO_HOST}/`);
  console.log(`
The browser shows the demo page with the warning. To walk the loop:
  1. Click the Helpdesk Guard button in the toolbar, choose "Report this page" and send it.
  2. Open ${setup.service.url}/moderate in a tab and log in as ${REVIEWER} with password ${setup.password}.
  3. Open the number in the queue and list it (choose a brand, give a reason). The list is published within seconds.
  4. In the extension's settings press "Check for a new list now" (it also checks by itself every hour).
  5. Open http://${SECOND_HOST}/support: the number is now a known fake-helpdesk number.
Close the browser or press Ctrl-C to stop; the service's data is thrown away.`);
  const stop = async (): Promise<void> => {
    await browser.close().catch(() => undefined);
    await setup.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
}

async function headless(firefox: boolean): Promise<void> {
  const setup = await setUpLoop(firefox ? 'firefox' : 'chromium', (line) => console.log(line));
  try {
    console.log('');
    await walkLoop(setup, (line) => console.log(line));
    console.log('\nThe whole loop works: a user report became a listed number that every install now knows.');
  } finally {
    await setup.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { firefox: { type: 'boolean' }, headless: { type: 'boolean' } } });
  const hasDisplay = Boolean(process.env['DISPLAY'] ?? process.env['WAYLAND_DISPLAY']);
  if (!values.headless && !hasDisplay) console.log('No display found: walking the loop headless instead.\n');
  if (values.headless === true || !hasDisplay) await headless(values.firefox === true);
  else await interactive(values.firefox === true);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
