// Test fixture worker for src/lib/atomics's browser tests.
import { expose } from 'comlink';
import { syncFixtureApi } from './sync-fixture-api.ts';

expose(syncFixtureApi);
