import 'server-only';
import QRCode from 'qrcode';
import { totpUri } from './two-factor';

/** The enrolment QR code as SVG markup, drawn on the server (no image request, no script). */
export async function totpQrSvg(secret: string, email: string): Promise<string> {
  return QRCode.toString(totpUri(secret, email), {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
}
