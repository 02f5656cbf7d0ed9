import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { JoinCode } from '../../shared/protocol/classroom.ts';
import { joinLink, spacedCode } from './join-code.ts';
import { qrPath, QUIET_ZONE } from './qr-path.ts';

describe('the join code and link on the projector', () => {
  it('spaces the code in fours, and the spaced code is still accepted when typed', () => {
    expect(spacedCode('K7M4Q2XP')).toBe('K7M4 Q2XP');
    expect(JoinCode.parse(spacedCode('K7M4Q2XP'))).toBe('K7M4Q2XP');
  });

  it('carries the code in the fragment of the join address', () => {
    expect(joinLink('http://192.168.137.1:4310/', 'K7M4Q2XP')).toBe('http://192.168.137.1:4310/#code=K7M4Q2XP');
    expect(joinLink('http://10.0.0.2:80/#old', 'K7M4Q2XP')).toBe('http://10.0.0.2:80/#code=K7M4Q2XP');
  });

  it('draws every dark module of the QR symbol and no light one', () => {
    const { modules } = QRCode.create(joinLink('http://192.168.137.1:4310/', 'K7M4Q2XP'), { errorCorrectionLevel: 'M' });
    const drawn = new Set<string>();
    for (const m of qrPath(modules).matchAll(/M(\d+) (\d+)h(\d+)/g)) {
      for (let i = 0; i < Number(m[3]); i++) drawn.add(`${Number(m[2]) - QUIET_ZONE},${Number(m[1]) - QUIET_ZONE + i}`);
    }
    const dark = new Set<string>();
    for (let row = 0; row < modules.size; row++) for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) dark.add(`${row},${col}`);
    expect(drawn).toEqual(dark);
  });
});
