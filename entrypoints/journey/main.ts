import { mount } from 'svelte';
import '../../assets/theme.css';
import '../../assets/map-print.css';
import { uiLanguage } from '../../lib/i18n';
import App from './App.svelte';

document.documentElement.lang = uiLanguage();
mount(App, { target: document.getElementById('app')! });
