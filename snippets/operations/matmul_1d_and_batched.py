import torch


def show(a_shape, b_shape):
    out = torch.matmul(torch.ones(a_shape), torch.ones(b_shape))
    print(f"{str(a_shape):>12} @ {str(b_shape):>9} -> {tuple(out.shape)}")


show((3,), (3,))  # vector . vector: a 0-D result, like dot
show((2, 3), (3,))  # matrix @ vector: vector of length 2
show((3,), (3, 4))  # vector @ matrix: vector of length 4
show((5, 2, 3), (3, 4))  # a batch of 5 matrices, one shared weight
show((5, 2, 3), (5, 3, 4))  # matching batches, like bmm
show((5, 1, 2, 3), (6, 3, 4))  # batch dims broadcast: (5, 1) and (6,)
