import { render } from 'preact';
import { SidePanel } from './SidePanel';
import '../ui/record/record.css';
import './sidepanel.css';

const app = document.getElementById('app');
if (app) render(<SidePanel />, app);
