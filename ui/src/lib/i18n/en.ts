// The English catalogue: every message of the UI, gathered from each feature's messages.en.ts
// (see messages.ts). It defines the keys: fr.ts must have the same.

import { en as announcement } from '../announcement/messages.en';
import { en as app } from '../app/messages.en';
import { en as backup } from '../backup/messages.en';
import { en as brief } from '../brief/messages.en';
import { en as charter } from '../charter/messages.en';
import { en as dashboard } from '../dashboard/messages.en';
import { en as mission } from '../mission/messages.en';
import { en as grid } from '../stakeholder/grid/messages.en';
import { en as orgchart } from '../stakeholder/orgchart/messages.en';
import { en as interactions } from '../stakeholder/interactions/messages.en';
import { en as wellbeing } from '../wellbeing/messages.en';
import { en as checkin } from '../wellbeing/checkin/messages.en';
import { en as personCopy } from '../wellbeing/copy/messages.en';
import { en as retention } from '../wellbeing/retention/messages.en';
import { en as peopleImport } from '../stakeholder/import/messages.en';
import { en as stakeholder } from '../stakeholder/messages.en';
import { en as signing } from '../signing/messages.en';
import { en as vault } from '../vault/messages.en';
import { en as verify } from '../verify/messages.en';
import { en as errors } from './errors.en';
import { gather } from './messages';

export const en = gather([
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
