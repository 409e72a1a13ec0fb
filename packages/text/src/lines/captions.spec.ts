import { captionReason } from './captions.js';
import { normaliseKey } from './features.js';

const reason = (text: string, known: string[] = []): string | null =>
  captionReason(text, text.split(/\s+/).length, known, () => normaliseKey(text));

describe('captionReason', () => {
  it('recognises captions by their credit, their prefix or their present-tense description with a date', () => {
    expect(
      reason(
        'FILE - Prime Minister Shehbaz Sharif speaks during a news conference in Islamabad, Pakistan, on Jan. 5, 2025. (AP Photo/Anjum Naveed, File)',
      ),
    ).not.toBeNull();
    expect(reason('Supporters gather outside the court in Islamabad on Monday. Photograph: Anjum Naveed/AP')).not.toBeNull();
    expect(
      reason(
        'Chinese President Xi Jinping and Pakistani President Asif Ali Zardari shake hands in Beijing, China, 05 February 2025. Reuters',
      ),
    ).not.toBeNull();
    expect(reason('Delegates pose for a group photo at the summit venue in Astana, 4 July 2024.')).not.toBeNull();
    expect(reason('Photo: APP')).toBeNull(); // too short to be sure; handled as a label
  });

  it('leaves reporting alone, even when it ends with a date or an agency', () => {
    expect(reason('The two sides will sign the agreement in Beijing on 5 March 2025.')).toBeNull();
    expect(reason('The ministry said the talks were held in a cordial atmosphere on 5 February 2025.')).toBeNull();
    expect(reason('Pakistan condemned the attack, the foreign office said. — Reuters')).toBeNull();
    expect(reason('He termed the corridor a model of the Belt and Road Initiative (BRI).')).toBeNull();
  });

  it('spots a caption repeated without its credit', () => {
    const first =
      'Chinese President Xi Jinping and Pakistani President Asif Ali Zardari walk past the honor guards in Beijing, 5 February 2025. Reuters';
    expect(
      reason('Chinese President Xi Jinping and Pakistani President Asif Ali Zardari walk past the honor guards in Beijing', [
        normaliseKey(first),
      ]),
    ).toBe('repeats a caption');
  });
});
