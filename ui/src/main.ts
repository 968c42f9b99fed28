import { mount } from 'svelte';
import App from './App.svelte';
import { locale, setLanguage } from './lib/i18n/locale.svelte';
import './lib/app/theme.css';

setLanguage(locale.language);

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');

export default mount(App, { target });
