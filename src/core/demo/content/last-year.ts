// Last year's self-evaluation (2024–25, as at 30 May 2025), approved by the improvement board. Shorter
// than this year's, as a real first-year-after-inspection self-evaluation often is.
import { b, cite, doc, i, p, ul } from '../rich';
import type { AreaContent } from './types';

const leaders: AreaContent = {
  key: 'leaders',
  grade: 'requires-improvement',
  position: 'strong',
  status: 'agreed',
  strengths: [
    'A permanent leadership team in place since early 2024',
    'A new quality assurance framework with practice-led audit from April 2025',
    'Agency social workers down from 29% to 21%',
  ],
  areasForDevelopment: [
    'Supervision that is regular and reflective',
    'Workforce stability in assessment teams',
    'Sufficiency of local homes for children in care',
  ],
  narratives: {
    'what-we-know': doc(
      p(
        'We judge the impact of leaders to ',
        b('require improvement to be good, at the stronger end'),
        '. The leadership team is now permanent and the improvement plan is agreed ',
        cite('improvement-plan'),
        '. Agency use is falling, but supervision and management oversight are not yet consistent enough to say leaders\' impact on practice is good.',
      ),
    ),
    'how-we-know': doc(
      p(
        'From audit, where 52% of practice was good or better in 2024–25 ',
        cite('audit-annual-2024'),
        ', from the new quality assurance framework ',
        cite('qa-framework'),
        ', and from staff, 76% of whom would now recommend Northmoor ',
        cite('staff-survey-2025'),
        '.',
      ),
    ),
    plans: doc(
      ul(
        'Grow our own: the social work academy, second intake September 2025.',
        'Supervision standards and a quarterly supervision audit.',
        'The sufficiency strategy: council-run children\'s homes and fostering recruitment.',
      ),
    ),
  },
};

const helpAndProtection: AreaContent = {
  key: 'help-and-protection',
  grade: 'requires-improvement',
  position: 'secure',
  status: 'agreed',
  strengths: ['Threshold decisions now consistent at the front door', 'Pre-proceedings tracked weekly; drift reduced'],
  areasForDevelopment: ['Timeliness and quality of assessments', 'Quality of child in need and child protection plans', 'Out-of-hours response'],
  narratives: {
    'what-we-know': doc(
      p(
        'Help and protection ',
        b('requires improvement to be good'),
        '. The front door is now consistent and pre-proceedings no longer drift, but assessments are too slow (76% within 45 working days) and plans too often list services rather than the change needed.',
      ),
    ),
    'how-we-know': doc(
      p('From monthly audit ', cite('audit-annual-2024'), ', the out-of-hours review ', cite('edt-review'), ' and the new joint protocol for homeless 16 and 17 year olds ', cite('homeless-protocol'), '.'),
    ),
    plans: doc(ul('Assessment timeliness to 85%.', 'A new plan template, written with parents.', 'A joint protocol with the police for night-time strategy discussions.')),
  },
};

const childrenInCare: AreaContent = {
  key: 'children-in-care',
  grade: 'good',
  position: 'secure',
  status: 'agreed',
  strengths: ['Stable homes and early permanence planning', 'Effective independent reviewing officers'],
  areasForDevelopment: ['Initial health assessments', 'Children living far from home'],
  narratives: {
    'what-we-know': doc(
      p(
        'Children in care continue to receive a ',
        b('good'),
        ' service: they feel settled and safe ',
        cite('bright-spots'),
        '. Initial health assessments remain too slow (63% within 20 working days).',
      ),
    ),
    'how-we-know': doc(p('From the wellbeing survey ', cite('bright-spots'), ' and the sufficiency analysis ', cite('sufficiency'), '.')),
    plans: doc(ul('A joint recovery plan for health assessments with the integrated care board.', 'Two council-run children\'s homes.')),
  },
};

const careLeavers: AreaContent = {
  key: 'care-leavers',
  grade: 'requires-improvement',
  position: 'low',
  status: 'agreed',
  strengths: ['Personal advisers who keep in touch with almost all care leavers'],
  areasForDevelopment: ['Suitable accommodation', 'Pathway plans', 'Education, employment or training'],
  narratives: {
    'what-we-know': doc(
      p(
        'Care leavers\' experiences ',
        b('require improvement to be good'),
        ', and we place ourselves at the lower end. Care leavers still spent nights in unsuitable emergency accommodation on 15 occasions in 2024–25.',
      ),
    ),
    'how-we-know': doc(p('From the care leavers\' forum and complaints, and from our accommodation data.')),
    plans: doc(ul('Supported lodgings and staying put.', 'Rewrite the pathway plan with care leavers.', 'Rewrite the local offer with care leavers.')),
  },
};

const overall: AreaContent = {
  key: 'overall-effectiveness',
  grade: 'requires-improvement',
  position: 'secure',
  status: 'agreed',
  strengths: ['A clear improvement plan, owned across the council'],
  areasForDevelopment: ['Consistency of help and protection', 'Care leavers'],
  narratives: {
    'what-we-know': doc(
      p(
        'Overall, services ',
        b('require improvement to be good'),
        '. We have moved from ',
        i('"the bottom end of requires improvement"'),
        ' to secure within it ',
        cite('ilacs-report'),
        '.',
      ),
    ),
    'how-we-know': doc(p('From audit, data and the first year of the improvement plan ', cite('audit-annual-2024'), '.')),
    plans: doc(p('The priorities of the improvement plan ', cite('improvement-plan'), '.')),
  },
};

export const LAST_YEAR_AREAS: AreaContent[] = [leaders, helpAndProtection, childrenInCare, careLeavers, overall];
