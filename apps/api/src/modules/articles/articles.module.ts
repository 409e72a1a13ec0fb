import { Module } from '@nestjs/common';
import { OutletsModule } from '../outlets/outlets.module.js';
import { ArticleImportResolver } from './article-import.resolver.js';
import { ArticleImportService } from './article-import.service.js';
import { ArticleParser } from './article-parser.js';
import { ArticleSource } from './article-source.js';
import { ArticlePolicy } from './articles.policy.js';
import { ArticlesResolver, SegmentsResolver } from './articles.resolver.js';
import { ArticlesService } from './articles.service.js';

@Module({
  imports: [OutletsModule],
  providers: [
    ArticlesService,
    ArticlesResolver,
    SegmentsResolver,
    ArticlePolicy,
    ArticleImportService,
    ArticleImportResolver,
    ArticleParser,
    ArticleSource,
  ],
  exports: [ArticlesService, ArticlePolicy, ArticleImportService, ArticleParser],
})
export class ArticlesModule {}
