import React from "react";
import DOMPurify from "dompurify";

export function Post({ post }) {
  return (
    <article className="post">
      <h2>{post.title}</h2>
      {/* the body is the author's HTML */}
      <div
        // ruleid: js-react-dangerously-set-inner-html
        dangerouslySetInnerHTML={{ __html: post.body }}
      />
    </article>
  );
}

export function Bio({ user }) {
  // ruleid: js-react-dangerously-set-inner-html
  const markup = { __html: `<p>${user.bio}</p>` };
  return <section dangerouslySetInnerHTML={markup} />;
}

export function SafePost({ post }) {
  return (
    <div
      // ok: js-react-dangerously-set-inner-html
      dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(post.body) }}
    />
  );
}

export function Footer() {
  return (
    // ok: js-react-dangerously-set-inner-html
    <footer dangerouslySetInnerHTML={{ __html: "&copy; 2026 Example Ltd." }} />
  );
}

export function Title({ post }) {
  // ok: js-react-dangerously-set-inner-html
  return <h1>{post.title}</h1>;
}
