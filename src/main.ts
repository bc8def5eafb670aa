import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { createAppRouter } from './router';
import { createAppI18n } from './i18n';
import { appStorage } from './storage/context';
import { readLocale } from './storage/settings';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import './styles/walk.css';
import './styles/scale.css';
import './styles/print.css';

const app = createApp(App);
app.use(createPinia());
app.use(createAppI18n(readLocale(appStorage()) ?? 'nl'));
app.use(createAppRouter());
app.mount('#app');
