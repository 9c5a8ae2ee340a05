import { signals } from './types';

/** Chat-template and role markers smuggled into a turn to fake a system or assistant message. */
export const DELIMITER_SIGNALS = signals('delimiter_injection', [
  ['<\\|[a-z_ ]{2,30}\\|>', 0.9], // <|im_start|>, <|endoftext|>, <|injection|>, <|start_header_id|>
  ['\\[/?inst\\]', 0.9],
  ['<</?sys>>', 0.9],
  ['</?(?:start|end)_of_turn>', 0.9],
  ['</?(?:system|instructions?|sys|admin|developer|assistant|system_prompt|im_start|im_end)>', 0.8],
  ['(?:^|\\n)[ \\t]*#{2,}[ \\t]*(?:system|instructions?|assistant|developer|admin|new instructions|response)\\b[ \\t]*:?', 0.8],
  ['(?:^|\\n)[ \\t]*(?:system|developer|admin)[ \\t]*:', 0.6],
  // A role tag opening a line fakes a message; mid-sentence ("a [system] tag on my ticket") it is weak.
  ['(?:^|\\n)[ \\t]*\\[(?:system|admin|developer|sys)(?: message| prompt| note| override| instruction)?\\]', 0.7],
  ['\\[(?:system|admin|developer|sys)(?: message| prompt| note| override| instruction)?\\]', 0.3],
  ['```[ \\t]*(?:system|instructions?)\\b', 0.8],
  ['\\{[ \\t]*"role"[ \\t]*:[ \\t]*"(?:system|developer)"', 0.9],
  ['\\b(?:end|begin|start) of (?:system )?(?:prompt|instructions)\\b', 0.5],
  ['(?:^|\\n)[ \\t]*(?:-{3,}|={3,})[ \\t]*\\n?[ \\t]*(?:system|assistant|new instructions)\\b', 0.6],
]);
