import {
  buildEmbeddingContext,
  cosineSimilarity,
  createLocalEmbedder,
  featureHashEmbedding,
  words,
} from '../domain/embedding';

describe('local feature-hashing embedding', () => {
  it('is deterministic, 256-dimensional and L2-normalised', async () => {
    const text = 'I want to reset my password, please.';
    const a = featureHashEmbedding(text);
    expect(a).toHaveLength(256);
    expect(featureHashEmbedding(text)).toEqual(a);
    expect(Math.hypot(...a)).toBeCloseTo(1, 10);
    expect((await createLocalEmbedder().embed([text, 'other']))[0]).toEqual(a);
    expect(createLocalEmbedder().name).toBe('local-hash-256');
  });

  it('places similar texts closer than unrelated ones', () => {
    const query = featureHashEmbedding('I cannot log in, please reset my account password');
    const similar = featureHashEmbedding('Please help me reset the password on my account, I cannot log in');
    const unrelated = featureHashEmbedding('The parcel arrived with a broken screen and I want a refund');
    expect(cosineSimilarity(query, similar)).toBeGreaterThan(0.5);
    expect(cosineSimilarity(query, similar)).toBeGreaterThan(cosineSimilarity(query, unrelated) + 0.3);
  });

  it('ignores case, punctuation and Unicode width, and keeps word order through bigrams', () => {
    expect(featureHashEmbedding('RESET, password!')).toEqual(featureHashEmbedding('reset password'));
    expect(featureHashEmbedding('ＲＥＳＥＴ password')).toEqual(featureHashEmbedding('reset password'));
    expect(featureHashEmbedding('dog bites man')).not.toEqual(featureHashEmbedding('man bites dog'));
    expect(words('Grüße, 42 Äpfel')).toEqual(['grüße', '42', 'äpfel']);
  });

  it('gives an all-zero vector for text without words', () => {
    const empty = featureHashEmbedding(' ... ');
    expect(empty.every((v) => v === 0)).toBe(true);
    expect(cosineSimilarity(empty, featureHashEmbedding('hello'))).toBe(0);
  });
});

describe('buildEmbeddingContext', () => {
  it('keeps the conversation turns and the answer, drops the system prompt', () => {
    const text = buildEmbeddingContext(
      [
        { role: 'system', content: 'You are a precise routing assistant.' },
        { role: 'user', content: ' My email is [EMAIL_1] ' },
        { role: 'assistant', content: 'Thanks.' },
      ],
      'Route to billing.',
    );
    expect(text).toBe('user: My email is [EMAIL_1]\nassistant: Thanks.\nanswer: Route to billing.');
  });
});
