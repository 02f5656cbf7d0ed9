import QRCode from 'qrcode';
import { useMemo } from 'react';
import { qrPath, QUIET_ZONE } from './qr-path.ts';

/** The join link as a QR code: an SVG drawn from the symbol's modules (crisp at any projector size, no HTML injected). */
export function JoinQr({ link, label }: { link: string; label: string }) {
  const { size, path } = useMemo(() => {
    // Level M survives a glare spot on the screen and keeps the symbol coarse enough to scan from the back.
    const { modules } = QRCode.create(link, { errorCorrectionLevel: 'M' });
    return { size: modules.size + 2 * QUIET_ZONE, path: qrPath(modules) };
  }, [link]);
  return (
    <svg className="join-qr" role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} shapeRendering="crispEdges" data-link={link}>
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
