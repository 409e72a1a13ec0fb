import { base64Of, sourcesFromFiles, sourcesFromUrls } from './import-files';

describe('import sources', () => {
  it('splits pasted web addresses and sets aside what is not one', () => {
    const { sources, invalid } = sourcesFromUrls(
      'https://www.dawn.com/news/1\n  http://en.people.cn/n3/2025/0206/x.html\nftp://x.org/a  not-a-url\n',
    );
    expect(sources.map((s) => s.url)).toEqual(['https://www.dawn.com/news/1', 'http://en.people.cn/n3/2025/0206/x.html']);
    expect(invalid).toEqual(['ftp://x.org/a', 'not-a-url']);
  });

  it('reads a PDF file as base64 and text files as text, skipping other files', async () => {
    const pdf = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])], 'statement.pdf', { type: 'application/pdf' });
    const text = new File(['Talks ended in Beijing on Monday.'], 'a.txt', { type: 'text/plain' });
    const image = new File(['x'], 'photo.jpg', { type: 'image/jpeg' });
    const { sources, skipped } = await sourcesFromFiles([pdf, text, image]);
    expect(sources).toEqual([
      { name: 'statement.pdf', pdfBase64: 'JVBERi0x' },
      { name: 'a.txt', text: 'Talks ended in Beijing on Monday.' },
    ]);
    expect(skipped).toEqual(['photo.jpg: not a .txt, .html or .pdf file']);
    expect(await base64Of(new Blob(['%PDF-1']))).toBe('JVBERi0x');
  });
});
