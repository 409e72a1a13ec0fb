import { importArticle } from '../importArticle.js';

const PAGE = `<!doctype html>
<html><head>
<title>Pakistan, China sign MoUs | Example Times</title>
<meta property="og:site_name" content="Example Times">
<meta property="article:published_time" content="2025-02-05T17:00:00+05:00">
<meta name="author" content="Jane Doe">
<meta name="description" content="Both sides agree to enhance intelligence sharing.">
<style>.x { color: red } body { font-family: serif }</style>
<script>window.evil = "TRACKING SCRIPT TEXT"; document.write("INJECTED");</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Pakistan, China sign MoUs to enhance cooperation in multiple fields","datePublished":"2025-02-05T17:00:00+05:00","author":{"@type":"Person","name":"Jane Doe"},"publisher":{"@type":"Organization","name":"Example Times"}}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<article>
<h1>Pakistan, China sign MoUs to enhance cooperation in multiple fields</h1>
<p class="byline">By Jane Doe</p>
<figure><img src="a.jpg" alt=""><figcaption>President Zardari and President Xi shake hands in Beijing, 4 February 2024. Photo: AFP</figcaption></figure>
<p>Pakistan and China signed memorandums of understanding on Wednesday to enhance cooperation in multiple fields, including science and technology, media and clean&nbsp;energy.</p>
<p>The development comes as President Asif Ali Zardari met his Chinese counterpart Xi Jinping during his five-day visit to China. Mr. Zardari arrived in Beijing on Tuesday.</p>
<h2>Security cooperation</h2>
<p>Interior Minister Mohsin Naqvi met his Chinese counterpart, and both sides agreed to further improve intelligence sharing, according to a statement.</p>
<script>console.log("inline body script")</script>
<p>“The use of modern technology for police was also discussed,” the statement said.</p>
</article>
<footer><p>© 2025 Example Times. All rights reserved.</p></footer>
</body></html>`;

describe('importArticle with HTML', () => {
  const a = importArticle({ html: PAGE, url: 'https://www.example-times.com/news/123' });

  it('never lets scripts or styles into the article, and does not warn about ordinary scripts', () => {
    for (const junk of ['TRACKING', 'INJECTED', 'inline body script', 'color: red', 'font-family']) {
      expect(a.body).not.toContain(junk);
      expect(a.droppedLines.map((d) => d.text).join('\n')).not.toContain(junk);
    }
    expect(a.warnings).toEqual([]);
  });

  it('takes metadata from JSON-LD and meta tags', () => {
    expect(a.headline).toBe('Pakistan, China sign MoUs to enhance cooperation in multiple fields');
    expect(a.byline).toBe('Jane Doe');
    expect(a.publishedAt).toBe('2025-02-05T17:00:00+05:00');
    expect(a.standfirst).toBe('Both sides agree to enhance intelligence sharing.');
    expect(a.outlet).toMatchObject({ name: 'Example Times', domain: 'example-times.com', confidence: 'STATED' });
  });

  it('separates figure captions and headings from the body and keeps no-break spaces', () => {
    expect(a.captions).toEqual(['President Zardari and President Xi shake hands in Beijing, 4 February 2024. Photo: AFP']);
    expect(a.subheadings).toEqual(['Security cooperation']);
    expect(a.paragraphs).toHaveLength(4);
    expect(a.body).toContain('clean\u00a0energy.');
    expect(a.body).not.toContain('shake hands');
    expect(a.body).not.toContain('Home');
    expect(a.sentences.map((s) => s.text)).toContain('Mr. Zardari arrived in Beijing on Tuesday.');
  });

  it('reads a <time> element when the page has no other date, and detects HTML pasted as text', () => {
    const html = `<html><body><article><h1>Talks end in Beijing</h1><time datetime="2026-01-05T09:30:00Z">5 Jan</time>
      <p>Foreign Minister Ishaq Dar and Foreign Minister Wang Yi ended two days of talks in Beijing on Monday with a joint statement.</p>
      <p>The two ministers agreed to hold the next round of the strategic dialogue in Islamabad later this year.</p></article></body></html>`;
    const b = importArticle({ text: html });
    expect(b.publishedAt).toBe('2026-01-05T09:30:00Z');
    expect(b.warnings.some((w) => /looks like HTML/.test(w))).toBe(true);
    expect(b.body).not.toContain('<p>');
    expect(b.paragraphs).toHaveLength(2);
  });
});

describe('HTML page furniture (layout: news page with navigation, share row, related box and footer around the article)', () => {
  const page = `<html><head><meta property="og:site_name" content="Example Times"></head><body>
<nav class="menu"><a>Home</a> <a>World</a></nav>
<div class="share-row"><a>Share on Facebook</a></div>
<article><h1>Ministers meet in Beijing for annual talks</h1>
<p>The foreign ministers of Pakistan and China met in Beijing on Monday for their annual strategic dialogue, officials said.</p>
<p>They agreed to expand cooperation on trade and security and to meet again next year in Islamabad.</p></article>
<aside class="related-stories"><h3>Related Articles</h3><p>Army chief visits Beijing for two days of talks on defence cooperation</p></aside>
<footer><p>© 2025 Example Times</p></footer></body></html>`;

  it('lists every removed block with the furniture it sat in, and a person can restore any of them', () => {
    const a = importArticle({ html: page });
    const reasons = Object.fromEntries(a.droppedLines.map((d) => [d.text, `${d.reason}: ${d.detail}`]));
    expect(reasons['Share on Facebook']).toMatch(/^social-share/);
    expect(reasons['Related Articles']).toMatch(/^related-stories/);
    expect(reasons['Army chief visits Beijing for two days of talks on defence cooperation']).toBe(
      'related-stories: in a related-stories box',
    );
    expect(reasons['© 2025 Example Times']).toMatch(/^footer/);
    expect(a.droppedLines.some((d) => d.reason === 'navigation')).toBe(true);
    const related = a.droppedLines.find((d) => d.text.startsWith('Army chief'))!;
    const restored = importArticle({ html: page }, { restoreLines: [related.lineIndex] });
    expect(restored.body).toContain('Army chief visits Beijing');
    expect(restored.paragraphs).toHaveLength(3);
  });
});
