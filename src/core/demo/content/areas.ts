// This year's self-evaluation (2025–26, as at 20 November 2026): a self-grade, position, strengths,
// areas for development and the three narrative sections for each ILACS judgement. Citations name
// evidence by key (content/evidence.ts).
import { b, bi, cite, doc, figure, h, i, link, ol, p, ul } from '../rich';
import type { AreaContent } from './types';

const ILACS_URL = 'https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018';
const PLAN_URL = 'https://www.northmoor.example/childrens-improvement-plan';
const OFFER_URL = 'https://www.northmoor.example/care-leavers-offer';

const leaders: AreaContent = {
  key: 'leaders',
  grade: 'good',
  position: 'low',
  status: 'agreed',
  strengths: [
    'A stable, permanent leadership team since 2024, visible to staff and known by name',
    'Workforce stabilised: agency social workers down from 29% to 17%, average caseload 17',
    'A quality assurance system that leaders trust, tested by moderation and external challenge',
    'Corporate parenting shared across the council, with children and care leavers shaping decisions',
    'Learning from complaints and practice reviews leads to named changes in practice',
  ],
  areasForDevelopment: [
    'Supervision that challenges drift: regular in 88% of records, but changing the plan in only 54%',
    'Caseloads and agency use in the assessment teams in the south of the borough',
    'Sufficiency of local homes: 19% of children in care live more than 20 miles away',
    'Reporting impact for children, not only compliance, as the peer challenge told us',
  ],
  narratives: {
    'what-we-know': doc(
      h(2, 'Where we are'),
      p(
        'We judge the impact of leaders to be ',
        b('good, at the lower end of the grade'),
        '. That is one grade better than Ofsted found in March 2023 and than our own view a year ago. We have not reached it lightly. It rests on a workforce that is now stable, a quality assurance system that tells us reliably where practice is weak, and evidence that what we have done is changing children\'s experiences in the areas inspectors identified. It does not rest on every service being good: help and protection and our work with care leavers still require improvement, and we say so in those sections.',
      ),
      p('Since the inspection:'),
      ul(
        ['Agency social workers have fallen from 29% to ', figure('agency-social-workers'), ', and the average caseload is 17 children ', cite('workforce-scorecard'), cite('workforce-chart'), '.'],
        ['46 newly qualified social workers have joined through our academy; 38 are still with us.'],
        ['Audited practice rated good or better has risen from 41% in 2023–24 to 62% in 2025–26, and moderation suggests the rise is real ', cite('audit-annual'), cite('audit-moderation'), '.'],
        ['84% of staff would recommend Northmoor as a place to practise, up from 58% in 2023 ', cite('staff-survey'), '.'],
      ),
      p(
        'Leaders know where practice is not yet good enough. ',
        b('Supervision is now regular but does not yet consistently change children\'s plans'),
        ': only 54% of supervision records show reflective discussion that moves the plan on ',
        cite('supervision-audit'),
        '. Assessment and front door teams still carry 21 children each on average, and staff in the south of the borough tell us that is where the pressure is greatest.',
      ),
      p(
        'Corporate parenting is shared across the council. Elected members extended the council tax exemption for care leavers to 25 and created ten ring-fenced apprenticeships because young people asked them to ',
        cite('corporate-parenting'),
        '. Members of Northmoor Voices sat on the interview panel for the manager of our new children\'s home, and told the board in July: ',
        i('"You listened about the bedrooms at Hollin Lane and you actually changed it."'),
        ' ',
        cite('cic-council'),
      ),
      p(
        'The council has protected the children\'s services budget in the 2026–27 settlement, but placement costs mean a forecast overspend of £3.9m. Our answer is sufficiency: too many children still live too far from Northmoor ',
        cite('distance-chart'),
        ', and that is the area of leadership we are least satisfied with.',
      ),
    ),
    'how-we-know': doc(
      p('Leaders know practice first-hand as well as through data. Our quality assurance framework ', cite('qa-framework'), ' brings together:'),
      ol(
        ['Monthly practice-led audits of 40 children\'s records, almost always (96%) with the social worker, with 10% moderated ', cite('audit-monthly-sep'), '.'],
        ['Practice weeks twice a year, when every senior leader observes practice: 94 observations in May 2026 ', cite('practice-week'), '.'],
        ['The Director\'s and lead member\'s monthly frontline visits, including a night shift with the emergency duty team ', cite('leader-visits'), '.'],
        ['A monthly scorecard benchmarked against statistical neighbours, the region and England ', cite('performance-scorecard'), '.'],
        ['The annual social work health check and exit interviews ', cite('staff-survey'), cite('exit-interviews'), '.'],
        ['External challenge: the LGA peer challenge in January 2026 and regional sector-led improvement ', cite('peer-challenge'), cite('regional-sli'), '.'],
      ),
      p(
        'The peer challenge team found that ',
        i('"leaders are visible and known by name"'),
        ', but also that our own reporting leaned on compliance measures rather than the difference made for children. We accepted that. Audit reports now lead with what changed for the child, and moderation is reported alongside audit grades, because peer Directors asked how we knew the rise in grades was real ',
        cite('regional-sli'),
        '.',
      ),
      p(
        'We learn from what goes wrong. Complaints about changes of social worker fell as the workforce stabilised, and a named contact now stays with every family during a change of worker ',
        cite('complaints-annual'),
        '. The local child safeguarding practice review changed how we respond to children who go missing ',
        cite('cspr-learning'),
        '; the tracker is overdue an update, and the partnership business manager has it in hand. Allegations against people who work with children are managed well, and awareness work has brought more referrals from faith and sports settings ',
        cite('lado'),
        '.',
      ),
      p(
        b('What we are less sure of. '),
        'Our supervision audit samples 60 records a quarter, which is enough to see the trend but not to say how each team is doing. The regional challenge record is now a year old and the next session is booked for January 2027.',
      ),
    ),
    plans: doc(
      p(
        'Our priorities for the next 12 months are set out in the improvement plan ',
        cite('improvement-plan'),
        ', overseen by the Children\'s Improvement Board chaired by the Chief Executive, and published on ',
        link('the council\'s website', PLAN_URL),
        '.',
      ),
      ol(
        [b('Workforce: '), 'agency social workers below 15% by March 2027, starting with the two assessment teams in the south (Kwame Mensah).'],
        [b('Supervision that changes plans: '), 'supervision standards embedded and audited quarterly, with reflective supervision in 70% of records by June 2027 (Aisha Begum).'],
        [b('Team managers: '), 'cohort 2 of the team manager development programme, due in October 2026 and now running four months late, to finish by February 2027 (Kwame Mensah).'],
        [b('Sufficiency: '), 'two council-run children\'s homes open by June 2027 and a net gain of 12 fostering households a year (Tom Whitfield).'],
        [b('Reporting impact: '), 'every quarterly report to the improvement board to open with what children, families and care leavers tell us (Helen Marsh).'],
      ),
      p(
        'We will know we have succeeded when staff in every team say their caseload is manageable, when supervision audits show plans changing because of it, and when fewer children tell us, as one did this year, ',
        i('"I\'ve had four social workers in two years."'),
      ),
    ),
  },
};

const helpAndProtection: AreaContent = {
  key: 'help-and-protection',
  grade: 'requires-improvement',
  position: 'strong',
  status: 'in_review',
  strengths: [
    'Consistent, timely threshold decisions at the front door, with consent recorded (92% and 95% in the July 2026 audit)',
    'Children at risk of significant harm are identified and protected; conferences are timely and well chaired',
    'Pre-proceedings halved from 31 to 16 weeks, with 61% of families making enough change to avoid proceedings',
    'Early help makes a difference for most families: 74% of plans close with outcomes achieved',
  ],
  areasForDevelopment: [
    'Management oversight and drift in child in need work (focused visit, October 2025)',
    'Analysis of history in assessments, good in only 58% of audits',
    'Contingency planning in child protection plans, and plans parents find clear',
    'Re-referrals (24%) above statistical neighbours (21%), and step-down before change is sustained',
    'Out-of-hours strategy discussions slower to convene than in the day',
  ],
  narratives: {
    'what-we-know': doc(
      p(
        'We judge help and protection to ',
        b('require improvement to be good, at the stronger end of the grade'),
        '. Children at risk of significant harm are identified and protected, and the front door and child protection practice are now consistently good. Child in need practice is not, and until it is we cannot judge this area good.',
      ),
      h(2, 'The front door and early help'),
      p(
        'Threshold decisions were inconsistent in 2023. In the July 2026 multi-agency audit, decisions were appropriate in 92% of contacts and consent, or the reason to proceed without it, was recorded in 95% ',
        cite('front-door-audit'),
        '. Decisions are made within one working day in 94% of contacts ',
        cite('front-door-data'),
        '. Early help through our five family hubs helps most families: 74% of plans close with outcomes achieved, and families tell us they feel listened to ',
        cite('early-help-eval'),
        '. A parent said: ',
        i('"They didn\'t come in and tell me what was wrong with me. They asked what would help."'),
      ),
      h(2, 'Child protection'),
      p(
        'Strategy discussions are timely in the day and involve the right partners, though ',
        b('out-of-hours discussions take longer to convene'),
        ' ',
        cite('strategy-audit'),
        '. Conferences are timely (88% within 15 working days, against 78% in England) and more children take part: 64% of those aged 10 and over, from 48% ',
        cite('cp-chairs'),
        '. Child protection plans have improved markedly, from 39% to 61% good or better ',
        cite('cp-plan-audit'),
        ', and pre-proceedings work no longer drifts ',
        cite('plo-tracker'),
        '.',
      ),
      h(2, 'Children in need'),
      p(
        'The October 2025 focused visit confirmed what our own audits had told us: child in need work is less consistent than child protection, and management oversight does not always prevent drift ',
        cite('fv-letter'),
        '. Oversight is now effective for 57% of children in need, up from 44% ',
        cite('cin-audit'),
        ', but half of child in need plans still lack measurable outcomes, and for 5 of 14 children who stepped down to early help the change had not yet lasted. That is why re-referrals remain at ',
        figure('re-referrals-within-12-months'),
        ' ',
        cite('performance-scorecard'),
        '.',
      ),
      p('Children\'s particular vulnerabilities:'),
      ul(
        ['Exploitation and missing: return home interviews are now completed in-house and a multi-agency panel reviews every child missing three or more times in 90 days ', cite('cspr-learning'), cite('exploitation-profile'), '.'],
        ['Domestic abuse: schools hear of incidents by the next school day, but work with the adult causing harm is too rare ', cite('da-audit'), '.'],
        ['Disabled children: skilled communication where specialists are involved; assessments take 9 weeks against a 6-week target ', cite('disabled-review'), '.'],
        ['Homeless 16 and 17 year olds: no young person placed in bed and breakfast since April 2024; the joint protocol is overdue review ', cite('homeless-protocol'), '.'],
        ['Private fostering: notifications up from 9 to 14 after work with schools and language colleges ', cite('private-fostering'), '.'],
      ),
    ),
    'how-we-know': doc(
      p('Our view comes from audit, from what children and families tell us, and from data, each tested against the others:'),
      ol(
        ['Themed audits of the front door, strategy discussions, child protection plans and child in need work in 2026 ', cite('front-door-audit'), cite('strategy-audit'), cite('cp-plan-audit'), cite('cin-audit'), '.'],
        ['A themed audit of the child\'s voice: children\'s words are recorded in 81% of records, but change the plan in only 53% ', cite('voice-audit'), '.'],
        ['Feedback after conferences from 164 parents and 41 children ', cite('conference-feedback'), '.'],
        ['The child protection chairs\' oversight and escalations ', cite('cp-chairs'), '.'],
        ['Timeliness data, quarter by quarter ', cite('assessment-chart'), cite('front-door-data'), '.'],
        ['External views: the focused visit and the LGA peer challenge ', cite('fv-letter'), cite('peer-challenge'), '.'],
      ),
      p(
        'Families tell us they are treated with respect (86% of parents), but only 58% say the plan is clear about what needs to change. That matches what auditors found about contingency planning, and it is why parents helped us write the new plan template. A young person told an auditor: ',
        i('"My social worker drew my house with me and asked who I\'d want to live with. Nobody had asked me that before."'),
        ' ',
        cite('voice-audit'),
      ),
      p(
        'Assessment timeliness has risen steadily over two and a half years, from 74% to ',
        figure('assessments-within-45-working-days', 'quarter:2026-09-30'),
        ', above England (82%) and just short of our 85% target ',
        cite('assessment-chart'),
        cite('performance-scorecard'),
        '. Quality has not kept pace: analysis of history is good in only 58% of assessments audited ',
        cite('audit-annual'),
        '. ',
        bi('We are not going to buy timeliness at the expense of quality.'),
      ),
      p(
        'Our weakest evidence is about the out-of-hours service: its review dates from March 2025 and is out of date ',
        cite('edt-review'),
        '. A fresh review is commissioned for January 2027.',
      ),
    ),
    plans: doc(
      p('In the next 12 months we will:'),
      ol(
        [b('Children in need: '), 'team manager-chaired reviews at three months, a monthly drift report to heads of service, and a re-audit in March 2027 aiming for effective oversight in 75% of records, from 57% now (Imran Hussain) ', cite('cin-audit'), '.'],
        [b('Step-down: '), 'a new step-down protocol with early help and schools, so that change is sustained before a plan ends (Joanne Pickering: start delayed to December 2026, new protocol by the end of January 2027).'],
        [b('Assessments: '), 'practice workshops on analysing history, and timeliness of 85% without loss of quality (Imran Hussain, March 2027).'],
        [b('Plans: '), 'the parent-written plan template in every child in need and child protection plan, with contingency plans audited in the spring (Imran Hussain).'],
        [b('Out of hours: '), 'a joint protocol with the police for night-time strategy discussions (Priya Raman), and a fresh review of the service ', cite('edt-review'), '. The protocol missed its 14 November date, awaiting police sign-off, and is our most pressing safeguarding action.'],
        [b('Neglect: '), 'graded care profile 2 in use by early help and social work teams by February 2027 (Joanne Pickering).'],
      ),
      p(
        'We will know it has worked when re-referrals fall to the level of our statistical neighbours, when parents tell us their plan is clear, and when the focused visit\'s two areas for improvement can be reported as met.',
      ),
    ),
  },
};

const childrenInCare: AreaContent = {
  key: 'children-in-care',
  grade: 'good',
  position: 'secure',
  status: 'agreed',
  strengths: [
    'The right children come into care at the right time; the rate (90 per 10,000) is below statistical neighbours',
    'Permanence planned early: 87% of plans agreed by the second review; 128 children achieved permanence in the year',
    'Independent reviewing officers are effective: 96% of reviews on time, 93% of children take part',
    'Initial health assessments within 20 working days up from 41% to 78%',
    'Children\'s education: good attendance and no permanent exclusions for three years',
  ],
  areasForDevelopment: [
    'Too many children live more than 20 miles from home (19%), and fostering households are falling',
    'Life-story work and later life letters are too often late',
    'A third of 11 to 18 year olds do not fully understand why they are in care',
    'Waits for mental health support, especially for unaccompanied children',
  ],
  narratives: {
    'what-we-know': doc(
      p(
        'We judge the experiences and progress of children in care to be ',
        b('good, and secure in that grade'),
        '. Inspectors found this service good in 2023 and it has stayed good while much else changed around it. Most children live in stable homes, are well known by their social workers, go to school regularly and have plans for permanence made early.',
      ),
      h(2, 'What children experience'),
      ul(
        ['Children feel settled (86%) and safe (92%) where they live ', cite('bright-spots'), '.'],
        ['Stability is in line with England and improving: ', figure('long-term-placement-stability'), ' of children in long-term care have been in the same home for two years ', cite('stability-scorecard'), '.'],
        ['128 children achieved permanence in 2025–26, 44 of them by returning home with support ', cite('permanence-tracker'), '; adoption is timely for most children, though sibling groups wait longest ', cite('raa-report'), '.'],
        ['Attendance is 91.8%, there have been no permanent exclusions for three years, and personal education plans are improving ', cite('virtual-school'), cite('pep-audit'), '.'],
        ['Initial health assessments within 20 working days have risen from 41% to 78% ', cite('health-data'), '.'],
      ),
      p(
        'Children changed how we talk: at Northmoor Voices\' request, ',
        i('"family time"'),
        ' has replaced ',
        i('"contact"'),
        ' in every letter and record ',
        cite('cic-council'),
        '. Family time itself mostly happens when it should, though the venue is not good enough ',
        cite('family-time'),
        '.',
      ),
      p(
        b('What is not yet good enough. '),
        'Too many children live too far away: 19% are more than 20 miles from home, against 16% in England, and 38 of the 49 children in children\'s homes live outside the borough ',
        cite('distance-chart'),
        '. The number of council fostering households fell by four last year. Life-story work is too often late, which matters most to children who will not live with their birth families ',
        cite('life-story-audit'),
        '. And nearly a third of older children told us they do not fully understand why they are in care.',
      ),
    ),
    'how-we-know': doc(
      p('We hear from children directly, not only through their records:'),
      ol(
        ['Northmoor Voices\' own report to the corporate parenting board ', cite('cic-council'), '.'],
        ['An independent wellbeing survey of 187 children in care ', cite('bright-spots'), '.'],
        ['Feedback from children, parents and carers about family time ', cite('family-time'), '.'],
        ['Our foster carers\' survey ', cite('foster-carer-survey'), '.'],
      ),
      p(
        'Independent reviewing officers see every child\'s plan and escalate when it stalls: 48 escalations last year, most about life-story work and health assessments, 45 resolved informally ',
        cite('iro-annual'),
        '. Audit confirms the picture: 74% of children in care audits were good or better, the strongest of any service ',
        cite('audit-annual'),
        ', and practice week observers saw family network meetings used well ',
        cite('practice-week'),
        '.',
      ),
      p(
        'Our review of services for unaccompanied asylum-seeking children found good practical help but waits of 14 weeks for mental health support ',
        cite('uasc-review'),
        ', and the disabled children\'s review found transition planning starts late for more than a third of disabled young people ',
        cite('disabled-review'),
        '.',
      ),
    ),
    plans: doc(
      p('Our plans for the next 12 months:'),
      ol(
        [b('Homes close to Northmoor: '), 'open Moorside (four beds) in spring 2027 and Hollin Lane (four beds) by June 2027, with Northmoor Voices involved in both (Tom Whitfield) ', cite('sufficiency'), '.'],
        [b('Fostering: '), 'a net gain of 12 households this year; at the half-year we have gained two, so the campaign is being relaunched with carers as recruiters (Rachel Oduya).'],
        [b('Identity: '), 'life-story work started for every child with a plan of adoption or long-term fostering, and later life letters written at the time of adoption (Niamh O\'Connor, December 2026).'],
        [b('Understanding their story: '), 'social workers to revisit with every child aged 11 and over why they are in care, using the wellbeing survey findings (Niamh O\'Connor).'],
        [b('Family time: '), 'the move to the refurbished venue, paused by building works, to resume in the new year.'],
      ),
    ),
  },
};

const careLeavers: AreaContent = {
  key: 'care-leavers',
  grade: 'requires-improvement',
  position: 'secure',
  status: 'in_review',
  strengths: [
    'Personal advisers who know young people well: 81% say their PA is "there for me"',
    'A stronger local offer, written by care leavers: council tax exemption to 25, leisure pass, driving lessons',
    'Staying put growing: 34 young people aged 18 to 20',
    'No 16 or 17 year old placed in bed and breakfast since April 2024',
  ],
  areasForDevelopment: [
    'Pathway plans: good in only 48%, and young people do not feel they own them',
    'Education, employment or training at 19 to 21 (51%) well below England (56%)',
    'Unsuitable emergency accommodation: 12 occasions in 2025–26',
    'Health histories given to only 42% of young people by 18',
    'Emotional wellbeing and access to mental health support after 18',
  ],
  narratives: {
    'what-we-know': doc(
      p(
        'We judge the experiences and progress of care leavers to ',
        b('require improvement to be good, secure in that grade'),
        '. Relationships are the strength: young people trust their personal advisers. But too many care leavers are not in education, employment or training, some still spend nights in unsuitable accommodation, and their pathway plans are not yet theirs.',
      ),
      h(2, 'Relationships, influence and the offer'),
      p(
        '81% of care leavers say their personal adviser is ',
        i('"there for me when I need them"'),
        ' ',
        cite('care-leaver-survey'),
        '. One young person told us: ',
        i('"My PA came to my graduation. Nobody else from my family did."'),
        ' Care leavers rewrote our local offer with us ',
        cite('local-offer'),
        ', and elected members extended the council tax exemption to 25 and created apprenticeships at their request ',
        cite('corporate-parenting'),
        '. Knowledge of entitlements has risen from 39% to 58%, and complaints about money led to clearer guidance ',
        cite('complaints-annual'),
        '. The offer is on ',
        link('our care leavers\' pages', OFFER_URL),
        '.',
      ),
      h(2, 'What is not yet good enough'),
      ul(
        [b('Pathway plans: '), 'only 48% are good or better, and 9 of the 14 young people who took part in the audit said they had not read theirs ', cite('pathway-audit'), '.'],
        [b('Learning and work: '), figure('care-leavers-in-education-employment-training'), ' of 19 to 21 year olds are in education, employment or training, against 56% in England ', cite('eet-tracker'), '. The virtual school keeps 84% of 16 to 18 year olds in learning ', cite('virtual-school'), ', so the drop comes after 19.'],
        [b('Accommodation: '), 'staying put has grown to 34 young people, but on 12 occasions last year a care leaver spent a night in unsuitable emergency accommodation ', cite('accommodation-data'), '. Ofsted’s October 2026 visit made this an area for priority action (FV26-1).'],
        [b('Health: '), 'only 42% received their health history by 18 ', cite('health-histories'), '.'],
      ),
      p(
        'These weaknesses mean recommendation R7 from 2023 is not yet met, and we have kept this judgement at requires improvement despite real progress, as regional peers challenged us to ',
        cite('regional-sli'),
        '.',
      ),
    ),
    'how-we-know': doc(
      p(
        'Above all, from care leavers themselves: 112 responded to this year\'s survey, the care leavers\' forum reviewed the offer line by line, and six young people told the corporate parenting board their own stories ',
        cite('care-leaver-survey'),
        cite('care-leaver-stories'),
        '. Their words are blunt: ',
        i('"The pathway plan is just a form. I never read it."'),
      ),
      p('We also use:'),
      ol(
        ['The pathway plan audit, carried out with personal advisers and with young people where they agreed ', cite('pathway-audit'), '.'],
        ['Accommodation and staying put data ', cite('accommodation-data'), ', which is overdue its quarterly update.'],
        ['Quarterly education, employment and training tracking ', cite('eet-tracker'), '.'],
        ['Complaints from care leavers, read individually by the service manager ', cite('complaints-log'), '.'],
        ['The health histories audit with the designated nurse ', cite('health-histories'), '.'],
      ),
      p(
        'Our evidence on emotional wellbeing after 18 is thin. We know from the survey that 17% of care leavers do not feel safe and settled at all, but we do not yet know enough about why. That is a gap in how we know, not only in what we do.',
      ),
    ),
    plans: doc(
      p('Care leavers chose these priorities with us:'),
      ol(
        [b('A pathway plan that is theirs: '), 'the new plan, written with the forum, goes live on 27 November 2026, with training for every personal adviser (Marcus Bell).'],
        [b('Somewhere safe to live: '), '20 supported lodgings and 10 staying close places by March 2027, and no care leaver in unsuitable emergency accommodation (Marcus Bell) ', cite('sufficiency'), '.'],
        [b('Learning and work: '), 'ten ring-fenced apprenticeships filled, and a personal adviser for employment in the Next Steps team (Marcus Bell).'],
        [b('Health: '), 'every young person to receive their health history by 18; this action is overdue and we are escalating it to the integrated care board (Fiona Grant).'],
        [b('Wellbeing: '), 'a mental health drop-in at the care leavers\' hub from January 2027, and evening opening because young people asked for it.'],
      ),
      p(
        'We will measure success by what care leavers tell us in next year\'s survey, not only by the national indicators: we want at least 70% to say they had a real say in their pathway plan.',
      ),
    ),
  },
};

const overall: AreaContent = {
  key: 'overall-effectiveness',
  grade: 'requires-improvement',
  position: 'strong',
  status: 'to_review',
  strengths: [
    'A clear improvement trajectory since 2023, confirmed by audit, peer challenge and the focused visit',
    'Three of the eight 2023 recommendations met or closed, and clear progress on the other five',
    'Leaders who know their services well and say openly where practice is not yet good',
  ],
  areasForDevelopment: [
    'Child in need practice and management oversight',
    'Care leavers\' pathway plans, accommodation and education, employment or training',
    'Sufficiency of local homes for children in care',
  ],
  narratives: {
    'what-we-know': doc(
      p(
        'Taken together, we judge that children\'s services in Northmoor still ',
        b('require improvement to be good, but are at the strong end of that grade'),
        ' and moving towards good. In 2023 we were, in the Director\'s words to the improvement board, ',
        i('"at the bottom end of requires improvement"'),
        '. Our self-grades now are:',
      ),
      ul(
        ['The impact of leaders: ', b('good'), ' (low), up from requires improvement.'],
        ['Children who need help and protection: ', b('requires improvement to be good'), ' (strong).'],
        ['Children in care: ', b('good'), ' (secure), as in 2023.'],
        ['Care leavers: ', b('requires improvement to be good'), ' (secure).'],
      ),
      p(
        'The improvement is real and we can show it in children\'s experiences, not only in indicators ',
        cite('audit-annual'),
        cite('performance-scorecard'),
        '. But two groups of children, children in need and care leavers, do not yet consistently receive good help, and we will not claim good overall until they do.',
      ),
      p(
        i('A note on the framework. '),
        'Ofsted no longer makes an overall effectiveness judgement under the framework in use from April 2026 (',
        link('Inspecting local authority children\'s services', ILACS_URL),
        '). We keep an overall view because our board and our partners ask for one, and because it keeps us honest about the children whose experience is weakest.',
      ),
    ),
    'how-we-know': doc(
      p('We test our view three ways: through data, through audit and direct observation, and through what children, families and staff tell us. Where they disagree, we look harder.'),
      p('Progress on the eight recommendations from the 2023 inspection ', cite('ilacs-report'), ':'),
      ol(
        ['R1 thresholds and consent: ', b('met'), '.'],
        ['R2 assessments: in progress; timeliness good, quality of analysis not yet.'],
        ['R3 plans: in progress; child protection plans much improved, child in need plans not.'],
        ['R4 pre-proceedings: ', b('met'), '.'],
        ['R5 supervision and oversight: in progress.'],
        ['R6 workforce stability: in progress, on track except in two teams.'],
        ['R7 care leavers\' accommodation and pathway plans: in progress, the slowest.'],
        ['R8 initial health assessments: ', b('closed'), '.'],
      ),
      p(
        'External views broadly agree with ours: the LGA peer challenge ',
        cite('peer-challenge'),
        ', the focused visit in October 2025 ',
        cite('fv-letter'),
        ' and the regional challenge of last year\'s self-grades ',
        cite('regional-sli'),
        '. The clearest sign of change is the workforce: agency use has fallen from 29% to 17% ',
        cite('workforce-chart'),
        '.',
      ),
    ),
    plans: doc(
      p('Our five priorities for 2026–27, in the refreshed improvement plan ', cite('improvement-plan'), ':'),
      ol(
        'Children in need: oversight that prevents drift, and step-down only when change has lasted.',
        'Care leavers: pathway plans they own, safe accommodation, and a route into learning and work.',
        'Sufficiency: homes for children close to Northmoor.',
        'Workforce: below 15% agency staff, and supervision that changes plans.',
        'Telling the story of impact: leading every report with children\'s experiences.',
      ),
      p(
        'This self-evaluation goes to the Children\'s Improvement Board on 8 December 2026 and will be shared with Ofsted before the annual engagement meeting.',
      ),
    ),
  },
};

export const AREAS: AreaContent[] = [leaders, helpAndProtection, childrenInCare, careLeavers, overall];
