import { Module } from '@nestjs/common';
import { OutletsModule } from '../outlets/outlets.module';
import { ArticlePolicy } from './articles.policy';
import { ArticlesResolver, SegmentsResolver } from './articles.resolver';
import { ArticlesService } from './articles.service';

@Module({
  imports: [OutletsModule],
  providers: [ArticlesService, ArticlesResolver, SegmentsResolver, ArticlePolicy],
  exports: [ArticlesService, ArticlePolicy],
})
export class ArticlesModule {}
