// Le catalogue français : les messages.fr.ts de chaque fonction, réunis (voir messages.ts).

import { fr as announcement } from '../announcement/messages.fr';
import { fr as app } from '../app/messages.fr';
import { fr as backup } from '../backup/messages.fr';
import { fr as brief } from '../brief/messages.fr';
import { fr as charter } from '../charter/messages.fr';
import { fr as dashboard } from '../dashboard/messages.fr';
import { fr as mission } from '../mission/messages.fr';
import { fr as grid } from '../stakeholder/grid/messages.fr';
import { fr as orgchart } from '../stakeholder/orgchart/messages.fr';
import { fr as interactions } from '../stakeholder/interactions/messages.fr';
import { fr as wellbeing } from '../wellbeing/messages.fr';
import { fr as checkin } from '../wellbeing/checkin/messages.fr';
import { fr as personCopy } from '../wellbeing/copy/messages.fr';
import { fr as retention } from '../wellbeing/retention/messages.fr';
import { fr as peopleImport } from '../stakeholder/import/messages.fr';
import { fr as stakeholder } from '../stakeholder/messages.fr';
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
  brief,
  dashboard,
  stakeholder,
  grid,
  orgchart,
  interactions,
  wellbeing,
  checkin,
  personCopy,
  retention,
  peopleImport,
  signing,
  verify,
  backup,
  vault,
]);
