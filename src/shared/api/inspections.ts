// Past inspections and visits, their grades and their recommendations.
import { z } from 'zod';
import { INSPECTION_TYPES, RECOMMENDATION_KINDS, RECOMMENDATION_STATUSES } from '../domain';
import { Id, InspectionSchema, RecommendationSchema } from '../entities';
import { Done, Empty, Name, op, OptionalDate, patchOf, RequiredDate, Text, Title } from './common';

const InspectionFields = z.object({
  type: z.enum(INSPECTION_TYPES),
  title: Title,
  startDate: RequiredDate('Enter the date the inspection or visit started'),
  endDate: OptionalDate.default(null),
  publishedDate: OptionalDate.default(null),
  frameworkId: Id.nullable().default(null),
  reportReference: Name.default(''),
  summary: Text.default(''),
  grades: z.array(z.object({ areaKey: z.string().min(1).max(80), grade: z.string().min(1).max(80) })).max(60).default([]),
});

const RecommendationFields = z.object({
  reference: Name.default(''),
  kind: z.enum(RECOMMENDATION_KINDS).default('recommendation'),
  text: z.string().trim().min(1, 'Enter the recommendation').max(5000),
  areaKey: z.string().max(80).nullable().default(null),
  status: z.enum(RECOMMENDATION_STATUSES).default('open'),
  progress: Text.default(''),
});

export const inspectionsApi = {
  'inspections.list': op(Empty, z.array(InspectionSchema), 'Past inspections and visits, newest first'),
  'inspections.create': op(InspectionFields.strict(), InspectionSchema, 'Record an inspection or visit'),
  'inspections.update': op(
    patchOf(InspectionFields).extend({ inspectionId: Id }).strict(),
    InspectionSchema,
    'Change an inspection',
  ),
  'inspections.delete': op(z.object({ inspectionId: Id }).strict(), Done, 'Delete an inspection and its recommendations'),
  'recommendations.create': op(
    RecommendationFields.extend({ inspectionId: Id }).strict(),
    RecommendationSchema,
    'Add a recommendation or area for priority action',
  ),
  'recommendations.update': op(
    patchOf(RecommendationFields).extend({ recommendationId: Id }).strict(),
    RecommendationSchema,
    'Change a recommendation or record its progress',
  ),
  'recommendations.delete': op(z.object({ recommendationId: Id }).strict(), Done, 'Delete a recommendation'),
} as const;
