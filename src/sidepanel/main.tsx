import { render } from 'preact';
import { SidePanel } from './SidePanel';
import './sidepanel.css';

const app = document.getElementById('app');
if (app) render(<SidePanel />, app);
