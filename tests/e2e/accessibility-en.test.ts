import { axeOnEveryScreen } from './accessibility-screens';

axeOnEveryScreen('en');
