import { mount } from 'svelte';
import App from './App.svelte';
import { locale, setLanguage } from './lib/i18n/locale.svelte';
// The shared styles, after every component's own (they win a tie): the shipped font, tokens,
// base, controls, layout, then the charter's shared ones.
import './lib/app/font.css';
import './lib/app/tokens.css';
import './lib/app/base.css';
import './lib/app/controls.css';
import './lib/app/layout.css';
import './lib/charter/charter.css';

setLanguage(locale.language);

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');

export default mount(App, { target });
