import { Module } from '@nestjs/common';
import { WorkspaceChanges } from './workspace-changes.js';
import { WorkspacesResolver } from './workspaces.resolver.js';
import { WorkspacesService } from './workspaces.service.js';

/** Workspaces and their members (who may do what in them is the access room's WorkspacePolicy). */
@Module({ providers: [WorkspacesService, WorkspacesResolver, WorkspaceChanges], exports: [WorkspacesService, WorkspaceChanges] })
export class WorkspacesModule {}
