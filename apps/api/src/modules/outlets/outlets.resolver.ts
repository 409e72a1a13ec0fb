import { Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../access/current-viewer.decorator.js';
import type { Viewer } from '../../access/request-context.js';
import { Outlet } from './models/outlet.model.js';
import { OutletsService } from './outlets.service.js';

@Resolver(() => Outlet)
export class OutletsResolver {
  constructor(private readonly outletsService: OutletsService) {}

  @Query(() => [Outlet], { description: 'Outlets that appear in your workspaces.' })
  outlets(@CurrentViewer() viewer: Viewer) {
    return this.outletsService.listForViewer(viewer);
  }
}
