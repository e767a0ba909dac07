/**
 * The checked hosters of content/hosters (see load.ts). Only modules of the
 * results screens import this file, so the hosters stay out of the first
 * download and arrive with those screens.
 */
import { hosters } from 'virtual:boussole/hosters';
import type { Hoster } from './schema';

export const bundledHosters = hosters as Hoster[];
