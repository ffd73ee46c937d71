import type { OpenAPIObject } from '@nestjs/swagger';
import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { describeWrittenPositions } from './written-position';

const answer = (schema: object) => ({ responses: { '201': { description: 'written', content: { 'application/json': { schema } } } } });

describe('describeWrittenPositions: the `position` of write answers in OpenAPI', () => {
  const document = (): OpenAPIObject => ({
    openapi: '3.0.0',
    info: { title: 't', version: '1' },
    components: { schemas: { CommandAnswer: { type: 'object', properties: { id: { type: 'string' }, revision: { type: 'string' } }, required: ['id', 'revision'] } } },
    paths: {
      '/a': { post: answer({ $ref: '#/components/schemas/CommandAnswer' }) },
      '/b': { put: answer({ type: 'object', properties: { marked: { type: 'integer' } }, required: ['marked'] }) },
      '/c': { post: answer({ type: 'object', properties: { position: { type: 'string', description: 'a notice’s own' } } }) },
      '/d': { get: answer({ type: 'object', properties: { revision: { type: 'string' } }, required: ['revision'] }) },
    },
  });
  const schemaOf = (doc: OpenAPIObject, path: string, method: 'get' | 'post' | 'put') => {
    const schema = doc.paths[path][method]!.responses['201'] as { content: Record<string, { schema: { $ref?: string } }> };
    const found = schema.content['application/json'].schema;
    return (found.$ref ? doc.components!.schemas!.CommandAnswer : found) as { properties: Record<string, { description?: string }>; required?: string[] };
  };

  it('requires it on a command’s {id, revision} answer, named or inline', () => {
    const described = describeWrittenPositions(document());
    expect(schemaOf(described, '/a', 'post').required).toEqual(['id', 'revision', 'position']);
    expect(schemaOf(described, '/a', 'post').properties.position).toMatchObject({ type: 'string', nullable: true });
  });

  it('offers it on other writes, leaves a field of that name and the reads alone', () => {
    const described = describeWrittenPositions(document());
    expect(schemaOf(described, '/b', 'put')).toMatchObject({ required: ['marked'], properties: { position: { nullable: true } } });
    expect(schemaOf(described, '/c', 'post').properties.position.description).toBe('a notice’s own');
    expect(schemaOf(described, '/d', 'get').properties.position).toBeUndefined();
  });
});
