// Le catalogue français : les messages.fr.ts de chaque fonction, réunis (voir messages.ts).

import { fr as announcement } from '../announcement/messages.fr';
import { fr as app } from '../app/messages.fr';
import { fr as backup } from '../backup/messages.fr';
import { fr as charter } from '../charter/messages.fr';
import { fr as dashboard } from '../dashboard/messages.fr';
import { fr as mission } from '../mission/messages.fr';
import { fr as signing } from '../signing/messages.fr';
import { fr as vault } from '../vault/messages.fr';
import { fr as verify } from '../verify/messages.fr';
import type { Catalogue } from './catalogue';
import { fr as errors } from './errors.fr';
import { gather } from './messages';

export const fr: Catalogue = gather([
  app,
  mission,
  errors,
  charter,
  announcement,
  dashboard,
  signing,
  verify,
  backup,
  vault,
]);
