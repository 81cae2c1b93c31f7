import { describe, expect, it } from 'vitest';
import {
  helperSheetUrl,
  isStepSharePath,
  ogImageUrl,
  PLAN_HELPER_SHEET_PATH,
  stepShareUrl,
} from '../../src/lib/routes';

describe('share routes', () => {
  it('gives each step a share path under its guide', () => {
    expect(stepShareUrl('facebook', 'privacycentrum')).toBe('/gids/facebook/privacycentrum/');
    expect(isStepSharePath('/gids/facebook/privacycentrum/')).toBe(true);
  });

  it('tells share pages apart from guides, helper sheets and other pages', () => {
    expect(isStepSharePath('/gids/facebook/')).toBe(false);
    expect(isStepSharePath(helperSheetUrl('facebook'))).toBe(false);
    expect(isStepSharePath(PLAN_HELPER_SHEET_PATH)).toBe(false);
    expect(isStepSharePath('/vragen/')).toBe(false);
  });

  it('puts helper sheets at fixed paths', () => {
    expect(helperSheetUrl('instagram')).toBe('/gids/instagram/hulpkaart/');
    expect(PLAN_HELPER_SHEET_PATH).toBe('/mijn-plan/hulpkaart/');
  });

  it('names one preview image per page path', () => {
    expect(ogImageUrl('/')).toBe('/og/index.png');
    expect(ogImageUrl('/gids/facebook/')).toBe('/og/gids/facebook.png');
    expect(ogImageUrl('/gids/facebook/privacycentrum/')).toBe('/og/gids/facebook/privacycentrum.png');
    expect(ogImageUrl('/404.html')).toBe('/og/404.png');
    expect(ogImageUrl('/404')).toBe('/og/404.png');
  });
});
