import { getBrowserStorage } from './browser-storage';
import { createLocalRepository, type AssessmentRepository } from './local-repository';

// One storage and repository for the whole app; tests swap them with configureStorage.
let storage: Storage | null | undefined;
let repository: AssessmentRepository | undefined;

export function configureStorage(next: Storage | null): void {
  storage = next;
  repository = createLocalRepository(next);
}

export function appStorage(): Storage | null {
  if (storage === undefined) configureStorage(getBrowserStorage());
  return storage ?? null;
}

export function appRepository(): AssessmentRepository {
  if (!repository) configureStorage(getBrowserStorage());
  return repository as AssessmentRepository;
}
