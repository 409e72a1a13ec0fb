import { Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../infra/graphql/current-viewer.decorator';
import type { Viewer } from '../../infra/graphql/request-context';
import { Outlet } from './models/outlet.model';
import { OutletsService } from './outlets.service';

@Resolver(() => Outlet)
export class OutletsResolver {
  constructor(private readonly outletsService: OutletsService) {}

  @Query(() => [Outlet], { description: 'Outlets that appear in your workspaces.' })
  outlets(@CurrentViewer() viewer: Viewer) {
    return this.outletsService.listForViewer(viewer);
  }
}
