import { describeAccessibility } from '../support/accessibility';
import { useServedSite } from '../support/browser';
import { sitePaths } from '../support/site';

describeAccessibility(useServedSite(), sitePaths());
