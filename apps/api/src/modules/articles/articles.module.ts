import { Module } from '@nestjs/common';
import { OutletsModule } from '../outlets/outlets.module';
import { ArticleImportResolver } from './article-import.resolver';
import { ArticleImportService } from './article-import.service';
import { ArticlePolicy } from './articles.policy';
import { ArticlesResolver, SegmentsResolver } from './articles.resolver';
import { ArticlesService } from './articles.service';

@Module({
  imports: [OutletsModule],
  providers: [ArticlesService, ArticlesResolver, SegmentsResolver, ArticlePolicy, ArticleImportService, ArticleImportResolver],
  exports: [ArticlesService, ArticlePolicy, ArticleImportService],
})
export class ArticlesModule {}
