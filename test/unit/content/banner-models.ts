/** Verdicts as the background sends them, shared by the tests of the banner and of the verdict view. */
import type { BannerModel } from '../../../src/shared/views.ts';

/** A red verdict for a page that writes a known fake-helpdesk number; hiding it does not ask first. */
export const scamBanner: BannerModel = {
  level: 'scam',
  lang: 'en',
  headline: 'This is a fake helpdesk.',
  reason: 'The number +1 844 555 0147 is a known fake-helpdesk number.',
  numbersLabel: 'Do not call:',
  numbers: ['+1 844 555 0147'],
  written: ['1-844-555-0147'],
  markLabel: 'Fake helpdesk number.',
  regionLabel: 'Helpdesk Guard warning',
  actions: { leave: 'Leave this page', report: 'Report this page', dismiss: 'Hide this warning', notScam: 'This page is safe' },
  defuse: true,
};

/** The same verdict as the background sends it for a red page: hiding it asks first. */
export const red: BannerModel = {
  ...scamBanner,
  confirmHide: { question: 'Hide the warning?', yes: 'Yes, hide it', no: 'Keep the warning' },
};
