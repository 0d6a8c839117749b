import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS, commandAction } from '../../../src/background/commands';

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as {
  commands: Record<string, { suggested_key?: { default?: string }; description: string }>;
};

describe('keyboard commands', () => {
  it('next and previous go to the tab as steps; the side panel command opens it', () => {
    expect(commandAction(COMMANDS.next)).toEqual({ tab: { type: 'step', direction: 1 } });
    expect(commandAction(COMMANDS.previous)).toEqual({ tab: { type: 'step', direction: -1 } });
    expect(commandAction(COMMANDS.sidePanel)).toEqual({ sidePanel: true });
    expect(commandAction('_execute_action')).toBeNull();
  });

  it('are declared in the manifest with the documented default keys', () => {
    expect(Object.keys(manifest.commands).sort()).toEqual(Object.values(COMMANDS).sort());
    expect(manifest.commands[COMMANDS.next]?.suggested_key?.default).toBe('Alt+Shift+K');
    expect(manifest.commands[COMMANDS.previous]?.suggested_key?.default).toBe('Alt+Shift+J');
    for (const command of Object.values(manifest.commands))
      expect(command.description).toMatch(/^__MSG_\w+__$/);
  });
});
