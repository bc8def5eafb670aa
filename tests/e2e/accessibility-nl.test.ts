import { axeOnEveryScreen } from './accessibility-screens';

axeOnEveryScreen('nl');
