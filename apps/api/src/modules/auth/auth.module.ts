import { Module } from '@nestjs/common';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { AuthThrottle } from './auth-throttle.js';

@Module({ providers: [AuthService, AuthThrottle, AuthResolver], exports: [AuthService] })
export class AuthModule {}
