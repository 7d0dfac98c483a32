/** TypeORM: data sources, entity managers and repositories. */
import type { ClientLibrary } from './library.js';

export const TYPEORM: ClientLibrary[] = [
  {
    label: 'typeorm',
    modules: ['typeorm'],
    kind: 'db',
    exports: { DataSource: 'constructor', createConnection: 'factory', getRepository: 'factory', getManager: 'factory', getConnection: 'factory' },
    types: ['Repository', 'EntityManager', 'DataSource', 'Connection', 'TreeRepository', 'MongoRepository', 'QueryRunner'],
    derive: ['getRepository', 'getTreeRepository', 'getMongoRepository', 'manager', 'createQueryRunner', 'withRepository'],
    builder: true,
    ignore: ['createQueryBuilder', 'create', 'merge', 'hasId', 'getId', 'metadata', 'target', 'initialize', 'destroy'],
    batches: [
      { batch: 'findBy', single: ['findOne', 'findOneBy', 'findOneOrFail', 'findOneByOrFail'], when: 'in-filter' },
      { batch: 'find', single: ['findOne', 'findOneBy', 'findOneOrFail', 'findOneByOrFail'], when: 'in-filter' },
      { batch: 'insert', single: ['insert', 'save'], when: 'array-arg' },
      { batch: 'save', single: ['save'], when: 'array-arg' },
    ],
  },
];
