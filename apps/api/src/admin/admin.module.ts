import { Module } from '@nestjs/common';
import { ChangePasswordRoute } from '../auth/change-password/change-password.route';
import { CommandPipeline } from '../commands/command-pipeline';
import { DepartmentsRoutes } from './departments/departments.routes';
import { FieldsRoutes } from './fields/fields.routes';
import { OrganisationChanges } from './organisation-changes';
import { UsersRoutes } from './users/users.routes';

/**
 * Quản trị: people, departments and fields as events on the stream `organisation` (DOMAIN.md §1),
 * and everyone's own password change. The organisation read side is `GET /api/org` (org/).
 */
@Module({
  controllers: [UsersRoutes, DepartmentsRoutes, FieldsRoutes, ChangePasswordRoute],
  providers: [CommandPipeline, OrganisationChanges],
})
export class AdminModule {}
